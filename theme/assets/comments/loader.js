// First-party loader for the comment and vote widget. Nothing is fetched from any other origin, no cookie is set
// and nothing is stored until the reader presses "Show comments and votes"; then the provider's module (also
// served by this site) mounts the widget.
const section = document.getElementById('comments');
const button = section && section.querySelector('.comments-button');

if (section && button) {
  button.addEventListener('click', async () => {
    const label = button.textContent;
    button.disabled = true;
    button.textContent = 'Loading comments and votes…';
    try {
      const provider = section.dataset.provider;
      if (!/^[a-z]+$/.test(provider || '')) {
        throw new Error('unknown comment provider');
      }
      const widget = await import(new URL(`./${provider}.js`, import.meta.url).href);
      await widget.mount(section, section.querySelector('.comments-widget'));
      button.hidden = true;
    } catch (error) {
      button.disabled = false;
      button.textContent = label;
      const message = document.createElement('p');
      message.setAttribute('role', 'alert');
      message.textContent = 'Comments and votes could not be loaded. Please try again later.';
      section.append(message);
    }
  });
}
