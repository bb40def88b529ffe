// Hosted videos: nothing is requested from the video's provider until the visitor presses "Play video". Then the
// poster gives way to the provider's player (youtube-nocookie.com, or Vimeo with dnt=1), which gets the focus.
// Without JavaScript the button stays hidden and the plain link to the provider's page is offered instead.
for (const frame of document.querySelectorAll('[data-video-embed]')) {
  const button = frame.querySelector('.video-play');
  const link = frame.querySelector('.video-link');
  if (!button) {
    continue;
  }

  button.hidden = false;
  if (link) {
    link.hidden = true;
  }

  button.addEventListener('click', () => {
    const player = document.createElement('iframe');
    player.src = frame.dataset.videoEmbed;
    player.title = frame.dataset.videoTitle;
    player.allow = 'autoplay; fullscreen; picture-in-picture; encrypted-media';
    player.allowFullscreen = true;
    player.referrerPolicy = 'strict-origin-when-cross-origin';
    player.className = 'video-player';
    frame.replaceChildren(player);
    frame.classList.add('video-playing');
    player.focus();
  });
}
