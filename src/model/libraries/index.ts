import type { JwtLibrary } from '../types.js'
import { jose } from './jose.js'
import { jsonwebtoken } from './jsonwebtoken.js'
import { jwtDecode } from './jwt-decode.js'
import { jwtSimple } from './jwt-simple.js'

export const libraries: readonly JwtLibrary[] = [jsonwebtoken, jose, jwtDecode, jwtSimple]
