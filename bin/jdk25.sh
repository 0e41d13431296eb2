# Sourced by the other scripts: points JAVA_HOME at a JDK 25 or newer, or stops saying what to
# install. Order: $JAVA_HOME if it is 25+, then /usr/lib/jvm/*25* (and newer), then `java` on PATH.

chagres_java_feature() { # prints the feature version of the JDK at $1, or nothing
    [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

chagres_find_jdk() {
    local v cand
    if [ -n "${JAVA_HOME:-}" ]; then
        v=$(chagres_java_feature "$JAVA_HOME")
        if [ -n "$v" ] && [ "$v" -ge 25 ]; then return 0; fi
    fi
    for cand in /usr/lib/jvm/*25* /usr/lib/jvm/*2[6-9]* /usr/lib/jvm/*3[0-9]* \
                /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [ -d "$cand" ] || continue
        v=$(chagres_java_feature "$cand")
        if [ -n "$v" ] && [ "$v" -ge 25 ]; then export JAVA_HOME="$cand"; return 0; fi
    done
    if command -v javac >/dev/null 2>&1; then
        cand=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
        v=$(chagres_java_feature "$cand")
        if [ -n "$v" ] && [ "$v" -ge 25 ]; then export JAVA_HOME="$cand"; return 0; fi
    fi
    echo "chagres: no JDK 25 or newer found (looked at JAVA_HOME='${JAVA_HOME:-}'," \
         "/usr/lib/jvm/*25* and the javac on PATH)." >&2
    echo "chagres: install one, e.g. 'apt-get install temurin-25-jdk' from Adoptium" \
         "or a JDK 25 from https://jdk.java.net/25, and set JAVA_HOME to it." >&2
    return 1
}

chagres_find_jdk || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
