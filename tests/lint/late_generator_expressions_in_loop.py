def scaled_views(data):
    views = []
    for factor in range(1, 3):
        views.append(x * factor for x in data)
    return views

print([list(view) for view in scaled_views([1, 2])])
