// Kept out of the HTML so the page also works under a CSP without 'unsafe-inline' for anything but the stub.
document.getElementById('ask').addEventListener('click', () => {
  window.npskit('show', { force: true });
});
window.addEventListener('npskit:submitted', (event) => {
  const note = document.createElement('p');
  note.setAttribute('role', 'status');
  note.textContent = `Thanks — score ${event.detail?.record?.score ?? event.detail?.score ?? ''} sent.`;
  document.querySelector('main').append(note);
});
