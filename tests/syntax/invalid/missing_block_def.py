def f(x):
return
