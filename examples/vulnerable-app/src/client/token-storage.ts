/** Browser code that handles the access token carelessly: storage, logs and URLs. */

export async function login(email: string, password: string) {
  const response = await fetch('/api/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { accessToken } = await response.json()
  // no-token-in-web-storage: any script on the page can read it.
  localStorage.setItem('accessToken', accessToken)
  // no-token-in-logs: browser consoles are shared in screenshots and bug reports.
  console.debug('logged in with', accessToken)
  return accessToken
}

export function openInvoice(invoiceId: string) {
  const accessToken = localStorage.getItem('accessToken')
  // no-token-in-url: the token ends up in history, proxy logs and Referer headers.
  window.open(`/api/invoices/${invoiceId}.pdf?access_token=${accessToken}`, '_blank')
}

export function displayName() {
  // Fine: the profile is shown, not trusted, and it is not the token.
  return sessionStorage.getItem('displayName') ?? 'there'
}
