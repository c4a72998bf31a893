def f():
    s = "é"
  return s
