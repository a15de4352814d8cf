# The service on its embedded SQLite store. npm ci compiles better-sqlite3 and, through the
# prepare script, builds the web page, so the sources must be in place first.
FROM node:20-bookworm
WORKDIR /app
COPY . .
RUN npm ci && npm run build
ENV PORT=4000 THIDUA_STORE=sqlite:/data/thidua.db
VOLUME /data
EXPOSE 4000
CMD ["node", "--max-semi-space-size=64", "dist/src/main.js"]
