// Hyvor Talk: its script is added only now, after the reader asked for it; the page id is the story's stable id.
export function mount(section, container) {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = 'https://talk.hyvor.com/embed/embed.js';
  document.head.append(script);
  const comments = document.createElement('hyvor-talk-comments');
  comments.setAttribute('website-id', section.dataset.websiteId);
  comments.setAttribute('page-id', section.dataset.threadId);
  container.append(comments);
}
