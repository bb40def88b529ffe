// Giscus (GitHub Discussions): its script is added only now, after the reader asked for it.
export function mount(section, container) {
  const script = document.createElement('script');
  script.src = 'https://giscus.app/client.js';
  script.crossOrigin = 'anonymous';
  script.async = true;
  const data = {
    repo: section.dataset.repo,
    repoId: section.dataset.repoId,
    category: section.dataset.category,
    categoryId: section.dataset.categoryId,
    mapping: 'specific',
    term: section.dataset.threadId,
    strict: '1',
    reactionsEnabled: '1',
    emitMetadata: '0',
    inputPosition: 'bottom',
    theme: section.dataset.theme || 'light',
    lang: 'en',
    loading: 'eager',
  };
  for (const [key, value] of Object.entries(data)) {
    script.dataset[key] = value;
  }
  container.append(script);
}
