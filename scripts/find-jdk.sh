# Sourced by ./marsad and .ci/run: sets MARSAD_JAVA_HOME to a JDK >= 21 (JAVA_HOME first, then /usr/lib/jvm/*),
# or prints why not and returns 1.
marsad_java_major() {  # prints the major version of the java binary $1
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
marsad_find_jdk() {
  local candidates=() c major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for c in /usr/lib/jvm/*; do [ -d "$c" ] && candidates+=("$c"); done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major=$(marsad_java_major "$c/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then MARSAD_JAVA_HOME="$c"; return 0; fi
  done
  echo "marsad: no JDK 21 or newer found (looked at JAVA_HOME=${JAVA_HOME:-unset} and /usr/lib/jvm/*)." >&2
  echo "marsad: install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
  return 1
}
