// First-party Upvote and Downvote buttons for a story (Waline's counters: reaction0 counts upvotes, reaction1
// downvotes). The page contacts nothing when it loads: the reader's press is the opt-in. A press shows the new
// totals at once, sends the vote to our comment server, and corrects the totals with the server's answer; only
// then does this browser remember the vote (local storage), so that it votes once per story and can change or
// take back its vote. When the server cannot be reached, the totals go back to what they were and the page says so.

const STORAGE_KEY = 'story-votes';
// Waline's own reaction row kept votes under this key (story id -> 0 for up, 1 for down); read once, never written.
const LEGACY_KEY = 'WALINE_REACTION';
const TYPES = { up: 'reaction0', down: 'reaction1' };

/** Reads the remembered votes; never writes (the page writes nothing until the reader votes). */
function storedVotes() {
  try {
    const votes = JSON.parse(localStorage.getItem(STORAGE_KEY) || '{}');
    return votes && typeof votes === 'object' ? votes : {};
  } catch {
    return {};
  }
}

function rememberedVote(threadId) {
  const mine = storedVotes()[threadId];
  if (mine === 'up' || mine === 'down') {
    return mine;
  }

  try {
    const legacy = JSON.parse(localStorage.getItem(LEGACY_KEY) || '{}');
    return legacy && legacy[threadId] === 0 ? 'up' : legacy && legacy[threadId] === 1 ? 'down' : null;
  } catch {
    return null;
  }
}

function remember(threadId, vote) {
  try {
    const votes = storedVotes();
    if (vote) {
      votes[threadId] = vote;
    } else {
      delete votes[threadId];
    }

    localStorage.setItem(STORAGE_KEY, JSON.stringify(votes));
    const legacy = JSON.parse(localStorage.getItem(LEGACY_KEY) || 'null');
    if (legacy && threadId in legacy) {
      delete legacy[threadId];
      localStorage.setItem(LEGACY_KEY, JSON.stringify(legacy));
    }
  } catch {
    // Storage off or full: the vote still counts, this browser just will not remember it.
  }
}

const plural = (count, one, many) => `${count} ${Math.abs(count) === 1 ? one : many}`;

/** The totals as the build renders them (theme/partials/comments.liquid), so a press and a rebuild show the same. */
export function renderTotals(summary, counts) {
  summary.replaceChildren();
  if (!counts) {
    const none = document.createElement('p');
    none.className = 'vote-none';
    none.textContent = 'Vote totals appear here once you vote.';
    summary.append(none);
    return;
  }

  const { up, down } = counts;
  const total = up + down;
  summary.dataset.up = String(up);
  summary.dataset.down = String(down);
  if (total === 0) {
    const none = document.createElement('p');
    none.className = 'vote-none';
    none.textContent = 'No votes yet';
    summary.append(none);
    return;
  }

  const upPercent = Math.round((100 * up) / total);
  const list = document.createElement('dl');
  list.className = 'vote-totals';
  for (const [term, value] of [
    ['Points', String(up - down)],
    ['Total votes', String(total)],
    ['Upvotes', `${up} (${upPercent}%)`],
    ['Downvotes', `${down} (${100 - upPercent}%)`],
  ]) {
    const item = document.createElement('div');
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    item.append(dt, dd);
    list.append(item);
  }

  summary.append(list);
}

export function describeTotals(counts) {
  const total = counts.up + counts.down;
  return total === 0 ? 'No votes yet.' : `${plural(counts.up - counts.down, 'point', 'points')}, ${plural(total, 'vote', 'votes')}: ${counts.up} up, ${counts.down} down.`;
}

/** The upvotes and downvotes of one story, from our server. */
export async function fetchTotals(server, threadId) {
  const response = await fetch(`${server}/api/article?path=${encodeURIComponent(threadId)}&type=reaction0,reaction1&lang=en`, { credentials: 'omit' });
  if (!response.ok) {
    throw new Error(`the comment server answered ${response.status}`);
  }

  const { data } = await response.json();
  const item = Array.isArray(data) ? data[0] : data;
  return { up: Number(item?.reaction0 || 0), down: Number(item?.reaction1 || 0) };
}

async function send(server, threadId, vote, action) {
  const response = await fetch(`${server}/api/article?lang=en`, {
    method: 'POST',
    credentials: 'omit',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ path: threadId, type: TYPES[vote], action }),
  });
  const body = response.ok ? await response.json() : null;
  if (!body || body.errno) {
    throw new Error(body?.errmsg || `the comment server answered ${response.status}`);
  }
}

/** Shows the vote buttons (they are hidden without JavaScript) and wires them up. */
export function setUpVotes(section) {
  const controls = section.querySelector('.vote-controls');
  const summary = section.querySelector('.vote-summary');
  const server = section.dataset.server;
  const threadId = section.dataset.threadId;
  if (!controls || !summary || !server || !threadId) {
    return null;
  }

  const buttons = { up: controls.querySelector('[data-vote="up"]'), down: controls.querySelector('[data-vote="down"]') };
  const status = controls.querySelector('.vote-status');
  let counts = 'up' in summary.dataset ? { up: Number(summary.dataset.up), down: Number(summary.dataset.down) } : null;
  let mine = rememberedVote(threadId);
  let busy = false;
  let alertBox = null;

  const show = () => {
    for (const [kind, button] of Object.entries(buttons)) {
      button.setAttribute('aria-pressed', String(mine === kind));
    }

    renderTotals(summary, counts);
  };

  const say = (text, isError) => {
    if (isError) {
      alertBox ??= Object.assign(document.createElement('p'), { className: 'vote-error' });
      alertBox.setAttribute('role', 'alert');
      alertBox.textContent = text;
      status.before(alertBox);
      status.textContent = '';
    } else {
      alertBox?.remove();
      alertBox = null;
      status.textContent = text;
    }
  };

  const press = async (kind) => {
    if (busy) {
      return;
    }

    busy = true;
    const before = { counts, mine };
    const next = mine === kind ? null : kind;
    if (counts) {
      counts = { ...counts };
      if (mine) {
        counts[mine] = Math.max(0, counts[mine] - 1);
      }

      if (next) {
        counts[next] += 1;
      }
    }

    mine = next;
    show();
    let taken = false;
    try {
      if (before.mine) {
        await send(server, threadId, before.mine, 'desc');
        taken = true;
      }

      if (next) {
        await send(server, threadId, next, 'inc');
      }

      remember(threadId, next);
      try {
        counts = await fetchTotals(server, threadId);
      } catch {
        // The vote is counted; the totals shown are our own count until the next answer.
      }

      show();
      say(`${next ? `Thank you: your ${next === 'up' ? 'upvote' : 'downvote'} is counted.` : 'Your vote is taken back.'} ${counts ? describeTotals(counts) : ''}`.trim(), false);
    } catch {
      // Nothing or only the taking back reached the server: show what it holds.
      counts = before.counts;
      mine = before.mine;
      if (taken) {
        mine = null;
        remember(threadId, null);
        try {
          counts = await fetchTotals(server, threadId);
        } catch {
          counts = before.counts && { ...before.counts, [before.mine]: Math.max(0, before.counts[before.mine] - 1) };
        }
      }

      show();
      say('Your vote could not be sent: our comment server cannot be reached right now. The totals shown are the last ones we know. Please try again later.', true);
    } finally {
      busy = false;
    }
  };

  for (const [kind, button] of Object.entries(buttons)) {
    button.addEventListener('click', () => press(kind));
  }

  controls.hidden = false;
  show();
  return {
    /** New totals from elsewhere (the opened widget). */
    update(next) {
      counts = next;
      show();
    },
  };
}
