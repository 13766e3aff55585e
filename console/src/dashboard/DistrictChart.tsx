import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import type { DashboardData } from './Dashboard';

/** Approved firms, projects and committees per district (animation off, so screenshots are repeatable). */
export default function DistrictChart({ rows }: { rows: DashboardData['byDistrict'] }) {
  const translate = useTranslate();
  const firms = translate('resources.firms.name', { smart_count: 2 });
  const projects = translate('resources.projects.name', { smart_count: 2 });
  const committees = translate('wuye.dashboard.kinds.COMMITTEE');
  const data = rows.map((r) => ({ name: r.name, [firms]: r.firms, [projects]: r.projects, [committees]: r.committees }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        <Bar dataKey={firms} fill="#1976d2" isAnimationActive={false} />
        <Bar dataKey={projects} fill="#ef6c00" isAnimationActive={false} />
        <Bar dataKey={committees} fill="#2e7d32" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
