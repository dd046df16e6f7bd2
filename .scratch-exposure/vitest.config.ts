import { defineConfig } from 'vitest/config'
export default defineConfig({ test: { include: ['.scratch-exposure/**/*.test.ts'], testTimeout: 60000 } })
