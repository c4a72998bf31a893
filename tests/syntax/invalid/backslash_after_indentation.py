if x:
    y
  \ z
