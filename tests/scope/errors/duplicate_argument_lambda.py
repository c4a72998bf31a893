# Misuse: duplicate argument lambda.
g = lambda x, *x: x
