# A walrus in a comprehension inside a lambda binds in the lambda.
fn = lambda items: [(last := i) for i in items] and last
