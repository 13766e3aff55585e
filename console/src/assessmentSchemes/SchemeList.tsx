import { Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Loading, Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { SchemeRecordFragment } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { EnumChip, useFormat } from '../shared/fields';

/** Every edition and draft of the scheme (few: the API answers them all at once). */
export default function SchemeList() {
  const translate = useTranslate();
  const notify = useNotify();
  const { instant } = useFormat();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const [schemes, setSchemes] = useState<SchemeRecordFragment[] | null>(null);
  useEffect(() => {
    dataProvider.listAssessmentSchemes().then(({ data }) => setSchemes(data), (error: Error) => notify(error.message, { type: 'error' }));
  }, [dataProvider, notify]);
  if (!schemes) return <Loading />;
  const field = (name: string) => translate(`resources.assessmentSchemes.fields.${name}`);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="resources.assessmentSchemes.name" />
      <CardContent>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{field('edition')}</TableCell>
              <TableCell>{field('title')}</TableCell>
              <TableCell>{field('state')}</TableCell>
              <TableCell>{field('publishedAt')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {schemes.map((s) => (
              <TableRow key={s.id}>
                <TableCell>{s.edition ?? '—'}</TableCell>
                <TableCell>
                  <Link to={`/assessmentSchemes/${s.id}/show`}>{s.title}</Link>
                </TableCell>
                <TableCell>
                  <EnumChip group="schemeState" value={s.state} />
                </TableCell>
                <TableCell>{instant(s.publishedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
