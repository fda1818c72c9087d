/** The balancer versions the model was checked against, request by request, by differential/nginx-haproxy.test.ts. */
export const CHECKED_AGAINST = {
  nginx: "nginx 1.22.1",
  nginxVersion: "1.22.1",
  haproxy: "HAProxy 2.6",
  haproxyVersion: "2.6.",
} as const;
