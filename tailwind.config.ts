// Theme tokens. Colours are CSS variables (set in src/styles/global.css for light and dark) so charts can read them too.
import type { Config } from 'tailwindcss';

export default {
  content: [],
  theme: {
    extend: {
      colors: {
        bg: 'var(--color-bg)',
        surface: 'var(--color-surface)',
        fg: 'var(--color-fg)',
        muted: 'var(--color-muted)',
        border: 'var(--color-border)',
        accent: 'var(--color-accent)',
        'accent-fg': 'var(--color-accent-fg)',
        focus: 'var(--color-focus)',
        'chart-blue': 'var(--chart-blue)',
        'chart-teal': 'var(--chart-teal)',
        'chart-amber': 'var(--chart-amber)',
        'chart-violet': 'var(--chart-violet)',
        'chart-rose': 'var(--chart-rose)',
      },
      fontFamily: {
        sans: [
          'Pretendard',
          '"Pretendard Variable"',
          '"Apple SD Gothic Neo"',
          '"Noto Sans KR"',
          '"Noto Sans CJK KR"',
          '"Malgun Gothic"',
          '"맑은 고딕"',
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          'sans-serif',
        ],
      },
      maxWidth: { prose: '42rem', page: '72rem' },
    },
  },
} satisfies Config;
