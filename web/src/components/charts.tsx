import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  Tooltip,
  type ChartOptions,
} from 'chart.js';
import { Bar } from 'react-chartjs-2';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

const PRIMARY = '#3346d3';
const MUTED = '#b9bfcc';
const HIGHLIGHT = '#17754a';

/**
 * A bar chart with its data also given as a table for screen readers: the
 * canvas is decorative (aria-hidden), the caption and table carry the meaning.
 */
export function BarChart(props: {
  title: string;
  labels: string[];
  values: number[];
  max?: number;
  unit?: string;
  horizontal?: boolean;
  highlightIndex?: number | null;
  valueLabel?: string;
  testId?: string;
}) {
  const colors = props.values.map((_, index) => (props.highlightIndex === index ? HIGHLIGHT : props.highlightIndex !== undefined && props.highlightIndex !== null ? MUTED : PRIMARY));
  const options: ChartOptions<'bar'> = {
    indexAxis: props.horizontal ? 'y' : 'x',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: {
      legend: { display: false },
      tooltip: { callbacks: { label: (ctx) => `${ctx.formattedValue}${props.unit ?? ''}` } },
    },
    scales: {
      [props.horizontal ? 'x' : 'y']: {
        beginAtZero: true,
        ...(props.max !== undefined ? { max: props.max } : {}),
        ticks: { precision: 0 },
        grid: { color: '#eceef4' },
      },
      [props.horizontal ? 'y' : 'x']: { grid: { display: false } },
    },
  };
  return (
    <figure style={{ margin: 0 }} data-testid={props.testId}>
      <figcaption className="visually-hidden">{props.title}</figcaption>
      <div className="chart-box" aria-hidden="true">
        <Bar
          data={{
            labels: props.labels,
            datasets: [{ label: props.valueLabel ?? props.title, data: props.values, backgroundColor: colors, borderRadius: 4, maxBarThickness: 48 }],
          }}
          options={options}
        />
      </div>
      <table className="visually-hidden">
        <caption>{props.title}</caption>
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">{props.valueLabel ?? 'Value'}</th>
          </tr>
        </thead>
        <tbody>
          {props.labels.map((label, index) => (
            <tr key={label + index}>
              <td>{label}</td>
              <td>
                {props.values[index]}
                {props.unit ?? ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
