fn = lambda items: [(last := i) for i in items] and last
