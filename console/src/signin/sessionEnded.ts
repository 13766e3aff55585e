/** That the last session was ended by the server (expired, revoked, signed out elsewhere), for the sign-in page to say; kept in this tab until the next sign-in. */
const KEY = 'wuye.sessionEnded';

export const sessionEnded = {
  mark: () => sessionStorage.setItem(KEY, '1'),
  was: (): boolean => sessionStorage.getItem(KEY) === '1',
  clear: () => sessionStorage.removeItem(KEY),
};
