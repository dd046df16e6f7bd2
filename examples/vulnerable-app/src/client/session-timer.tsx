import { jwtDecode } from 'jwt-decode'
import { useEffect } from 'react'

/** Browser code: reading exp to schedule a refresh is fine, the server verifies the token. */
export function useRefreshTimer(token: string, refresh: () => void) {
  useEffect(() => {
    const { exp } = jwtDecode(token)
    const timer = setTimeout(refresh, (exp ?? 0) * 1000 - Date.now() - 60_000)
    return () => clearTimeout(timer)
  }, [token, refresh])
}
