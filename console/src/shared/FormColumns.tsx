import { Box } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A form's fields in two columns on a wide screen (≥ 1200 px, MUI's `lg`), one column below: a long filing
 * reads without scrolling on a desktop and still fits a laptop. A field may span both (`gridColumn: '1 / -1'`).
 */
export function FormColumns({ children }: { children: ReactNode }) {
  return (
    <Box data-testid="form-columns" sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' }, columnGap: 3, width: '100%', alignItems: 'start' }}>
      {children}
    </Box>
  );
}
