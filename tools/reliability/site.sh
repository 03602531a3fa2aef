# Helpers the reliability scripts share to drive the real site; sourced, not run. They expect $url (the site's base
# URL), $jar (a curl cookie file) and $password (the admin password the site was started with) to be set.

# The antiforgery token of the HTML page on stdin.
token_of() { sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1; }

# Signs in as admin into a fresh cookie jar.
sign_in() {
  rm -f "$jar"
  local token; token=$(curl -s -c "$jar" "$url/admin/login" | token_of)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Username=admin" --data-urlencode "Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$url/admin/login"
}

# Waits until the site answers and no index build runs ($1: seconds between polls).
wait_idle() { until curl -sf "$url/healthz" >/dev/null && ! curl -s "$url/healthz" | grep -q '"build":{'; do sleep "${1:-1}"; done; }

# The index file the site serves now.
live_index() { curl -s "$url/healthz" | sed -n 's/.*"file":"\([^"]*\)".*/\1/p'; }

# How many statements the live index holds.
indexed_statements() { curl -s "$url/healthz" | sed -n 's/.*"statements":\([0-9]*\).*/\1/p'; }
