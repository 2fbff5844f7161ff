/** A small valid dataset to break in one place at a time. */
export function smallDataset() {
  return {
    source: {
      title: 'A test article',
      author: 'A. Writer',
      publisher: 'Test Times',
      dateline: 'CITY',
      text: 'In May, the first thing happened in the north.\n\nOn August 15, a summit was held by the river.\n\nIn 2025, talks continued all year long.',
    },
    categories: [
      { id: 'bilateral', label: 'Bilateral ties', description: 'Two countries.', color: '#0b6bb3' },
      { id: 'un', label: 'UN actions', description: 'At the UN.', color: '#00805a' },
    ],
    events: [
      {
        id: 'first-thing',
        title: 'First thing',
        date: '2025-05',
        categories: ['bilateral'],
        actors: ['A'],
        attribution: 'The article',
        quote: 'the first thing happened in the north',
      },
      {
        id: 'summit',
        title: 'Summit',
        date: '2025-08-15',
        categories: ['bilateral', 'un'],
        actors: ['A', 'B'],
        attribution: 'A says',
        quote: 'a summit was held by the river',
      },
      {
        id: 'talks',
        title: 'Talks',
        date: '2025',
        categories: ['un'],
        actors: [],
        attribution: 'B says',
        quote: 'talks continued all year long',
        note: 'Undated.',
      },
    ],
  };
}
