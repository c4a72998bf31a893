def f():
  try:
    pass
  except* ValueError:
    class A:
        break
