// PostGraphile 5 calls Promise.withResolvers (Node 22); this machine's Node 20 lacks it. Loaded with --import.
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
