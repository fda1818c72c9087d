/**
 * Generates the nginx and HAProxy configurations the differential test runs. Each writes its pid, logs and
 * temporary files under its own directory, so neither needs root nor touches /var.
 */

export type Upstream = { id: string; port: number; weight: number; down: boolean };

/** nginx: one worker, three upstream blocks, one per balancer the model reproduces. */
export function nginxConfig(dir: string, listenPort: number, upstreams: readonly Upstream[]): string {
  const servers = upstreams
    .map((u) => `    server 127.0.0.1:${u.port}${u.weight === 1 ? "" : ` weight=${u.weight}`}${u.down ? " down" : ""};`)
    .join("\n");
  return `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log notice;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream round_robin {
${servers}
  }
  upstream ip_hash {
    ip_hash;
${servers}
  }
  upstream consistent {
    hash $remote_addr consistent;
${servers}
  }
  server {
    listen 127.0.0.1:${listenPort};
    location /round-robin { proxy_pass http://round_robin; }
    location /ip-hash { proxy_pass http://ip_hash; }
    location /consistent { proxy_pass http://consistent; }
  }
}
`;
}

/** HAProxy: `balance source` alone, and with an inserted cookie with and without `nocache`. */
export function haproxyConfig(ports: { source: number; cookie: number; cookieCacheable: number }, upstreams: readonly Upstream[]): string {
  const servers = (withCookie: boolean) =>
    upstreams
      .map((u) => `  server ${u.id} 127.0.0.1:${u.port}${withCookie ? ` cookie ${u.id}` : ""} weight ${u.weight}${u.down ? " disabled" : ""}`)
      .join("\n");
  return `global
  maxconn 256
defaults
  mode http
  timeout connect 5s
  timeout client 10s
  timeout server 10s
frontend source
  bind 127.0.0.1:${ports.source}
  default_backend source
frontend cookie
  bind 127.0.0.1:${ports.cookie}
  default_backend cookie
frontend cookie_cacheable
  bind 127.0.0.1:${ports.cookieCacheable}
  default_backend cookie_cacheable
backend source
  balance source
${servers(false)}
backend cookie
  balance source
  cookie SRV insert indirect nocache
${servers(true)}
backend cookie_cacheable
  balance source
  cookie SRV insert indirect
${servers(true)}
`;
}
