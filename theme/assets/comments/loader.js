// First-party loader for the comment and vote widget. Nothing is fetched from any other origin, no cookie is set
// and nothing is stored until the reader presses a vote button or "Show comments and votes"; then the vote goes
// to our comment server, or the provider's module (also served by this site) mounts the widget.
import { setUpVotes } from './votes.js';

const section = document.getElementById('comments');
const button = section && section.querySelector('.comments-button');
const votes = section ? setUpVotes(section) : null;

if (section && button) {
  button.addEventListener('click', async () => {
    const label = button.textContent;
    button.disabled = true;
    button.textContent = 'Loading comments and votes…';
    section.querySelector('.comments-load-error')?.remove();
    try {
      const provider = section.dataset.provider;
      if (!/^[a-z]+$/.test(provider || '')) {
        throw new Error('unknown comment provider');
      }
      const widget = await import(new URL(`./${provider}.js`, import.meta.url).href);
      await widget.mount(section, section.querySelector('.comments-widget'), { votes });
      button.hidden = true;
    } catch (error) {
      button.disabled = false;
      button.textContent = label;
      const message = document.createElement('p');
      message.className = 'comments-load-error';
      message.setAttribute('role', 'alert');
      message.textContent = error && error.readerMessage ? error.readerMessage : 'Comments and votes could not be loaded. Please try again later.';
      button.before(message);
      button.focus();
    }
  });
}
