import tsParser from '@typescript-eslint/parser'
import type { TSESLint, TSESTree } from '@typescript-eslint/utils'
import { Linter } from 'eslint'
import { describe, expect, it } from 'vitest'
import { getJwtAnalysis } from '../../src/core/analysis.js'
import { outgoingCredentials } from '../../src/core/outgoing-requests.js'

/** Every credential header `code` sends, as `client header=value-text @url-prefix`. */
function credentials(code: string, sourceType: 'module' | 'commonjs' = 'module'): string[] {
  const found: string[] = []
  const rule: TSESLint.RuleModule<never> = {
    meta: { type: 'problem', messages: {}, schema: [] },
    defaultOptions: [],
    create(context) {
      const check = (node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression): void => {
        for (const credential of outgoingCredentials(node, getJwtAnalysis(context))) {
          const url = credential.url ? ` @${credential.url.prefix}${credential.url.complete ? '' : '…'}` : ''
          found.push(`${credential.client} ${credential.header}=${context.sourceCode.getText(credential.value)}${url}`)
        }
      }
      return { CallExpression: check, NewExpression: check, AssignmentExpression: check }
    },
  }
  const messages = new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser as Linter.Parser, sourceType, ecmaVersion: 'latest' },
        plugins: { probe: { rules: { probe: rule as never } } },
        rules: { 'probe/probe': 'error' },
      },
    ],
    { filename: 'server/probe.ts' },
  )
  const fatal = messages.find((message) => message.fatal)
  if (fatal) throw new Error(`parse error: ${fatal.message}`)
  return found
}

describe('outgoing request credentials', () => {
  it.each<[string, string, string[]]>([
    ['global fetch', `fetch('https://a.example/x', { headers: { Authorization: t } })`, ['fetch Authorization=t @https://a.example/x']],
    ['window.fetch and a template URL', 'window.fetch(`${base}/x`, { headers: { authorization: t } })', ['window.fetch authorization=t @…']],
    ['a local fetch is not the global', `function fetch(u, o) {}\nfetch('/x', { headers: { Authorization: t } })`, []],
    ['node-fetch default import', `import fetch from 'node-fetch'\nfetch('/x', { headers: { Authorization: t } })`, ['fetch Authorization=t @/x']],
    ['undici named import', `import { fetch } from 'undici'\nfetch('/x', { headers: { Authorization: t } })`, ['fetch Authorization=t @/x']],
    ['new Request', `new Request('/x', { headers: { 'X-Access-Token': t } })`, ['Request X-Access-Token=t @/x']],
    ['axios config first', `import axios from 'axios'\naxios({ url: '/x', headers: { Authorization: t } })`, ['axios Authorization=t @/x']],
    ['axios.post config third', `import axios from 'axios'\naxios.post('/x', body, { headers: { Authorization: t } })`, ['axios.post Authorization=t @/x']],
    ['axios data argument is not the config', `import axios from 'axios'\naxios.post('/x', { headers: { Authorization: t } })`, []],
    ['axios instance with a base URL', `import axios from 'axios'\nconst api = axios.create({ baseURL: 'https://api.example' })\napi.get('/x', { headers: { Authorization: t } })`, ['api.get Authorization=t @https://api.example/x']],
    ['axios instance headers', `import axios from 'axios'\naxios.create({ baseURL: 'https://api.example', headers: { Authorization: t } })`, ['axios.create Authorization=t @https://api.example']],
    ['axios defaults', `import axios from 'axios'\naxios.defaults.headers.common.Authorization = t\naxios.defaults.headers.common = { Authorization: u }`, ['axios.defaults.headers.common Authorization=t', 'axios.defaults.headers Authorization=u']],
    ['axios interceptor', `import axios from 'axios'\naxios.interceptors.request.use((config) => { config.headers.Authorization = t; config.headers.set('X-Auth-Token', u); return config })`, ['axios.interceptors.request.use Authorization=t', 'axios.interceptors.request.use X-Auth-Token=u']],
    ['got named export and extend', `import { got } from 'got'\nconst client = got.extend({ prefixUrl: 'https://api.example' })\nclient.post('x', { headers: { authorization: t } })`, ['client.post authorization=t @https://api.example/x']],
    ['ky', `import ky from 'ky'\nky.get('https://a.example/x', { headers: { Authorization: t } })`, ['ky.get Authorization=t @https://a.example/x']],
    ['superagent chain', `import request from 'superagent'\nrequest.get('/x').set('Authorization', t).set({ 'X-Auth-Token': u }).auth(v, { type: 'bearer' }).auth(w, x)`, ['superagent Authorization=v @/x', 'superagent X-Auth-Token=u @/x', 'superagent Authorization=t @/x']],
    ['supertest is not superagent', `import request from 'supertest'\nrequest(app).get('/x').set('Authorization', t)`, []],
    ['https.request with options only', `import https from 'node:https'\nhttps.request({ hostname: 'a.example', headers: { authorization: t } })`, ['https.request authorization=t']],
    ['named request from http', `import { request } from 'http'\nrequest('http://a.example/x', { headers: { authorization: t } })`, ['request authorization=t @http://a.example/x']],
    ['headers built elsewhere', `const headers = new Headers()\nheaders.set('Authorization', t)\nheaders.append('Accept', 'json')\nfetch('/x', { headers })`, ['fetch Authorization=t @/x']],
    ['headers object written later and Object.assign', `const h: Record<string, string> = {}\nh['Authorization'] = t\nObject.assign(h, { 'X-Auth-Token': u })\nfetch('/x', { headers: h })`, ['fetch Authorization=t @/x', 'fetch X-Auth-Token=u @/x']],
    ['headers from a spread and a conditional', `const auth = { Authorization: t }\nfetch('/x', { headers: ok ? { ...auth, a: 1 } : {} })`, ['fetch Authorization=t @/x']],
    ['options from a constant passed on', `const init = { headers: { Authorization: t } }\nlog(init)\nfetch('/x', init)`, ['fetch Authorization=t @/x']],
    ['options changed after their declaration are not known', `const init = { headers: { Accept: 'json' } }\ninit.headers = { Authorization: t }\nfetch('/x', init)`, []],
  ])('%s', (_name, code, expected) => {
    expect(credentials(code)).toEqual(expected)
  })

  it.each<[string, string, string[]]>([
    ['require', `const axios = require('axios')\naxios.get('/x', { headers: { Authorization: t } })`, ['axios.get Authorization=t @/x']],
    ['destructured require', `const { request } = require('node:https')\nrequest('https://a.example', { headers: { Authorization: t } })`, ['request Authorization=t @https://a.example']],
    ['require(...).default', `const axios = require('axios').default\naxios('/x', { headers: { Authorization: t } })`, ['axios Authorization=t @/x']],
  ])('CommonJS: %s', (_name, code, expected) => {
    expect(credentials(code, 'commonjs')).toEqual(expected)
  })
})
