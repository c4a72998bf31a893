x = "→→" "ok" y
