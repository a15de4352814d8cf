# The service on its embedded SQLite store; better-sqlite3 is compiled during npm ci.
FROM node:20-bookworm
WORKDIR /app
COPY package.json package-lock.json .swcrc ./
RUN npm ci
COPY . .
RUN npm run build
ENV PORT=4000 THIDUA_STORE=sqlite:/data/thidua.db
VOLUME /data
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
