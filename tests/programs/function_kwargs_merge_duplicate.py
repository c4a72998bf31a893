# f(**a, **b) and f(k=1, **b): a keyword given twice is a TypeError naming the function.
def f(**kw):
    return kw


class Box:
    def method(self, **kw):
        return kw


attempts = [
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(a=1, **{"a": 2}),
    lambda: Box().method(**{"x": 1}, **{"x": 1}),
    lambda: print(**{"sep": "-"}, **{"sep": "+"}),
    lambda: f(**{"a": 1}, **[1]),
    lambda: f(**3),
]
for attempt in attempts:
    try:
        print(attempt())
    except TypeError as error:
        print("TypeError:", error)
print(f(**{"a": 1}, **{"b": 2}), {**{"a": 1}, **{"a": 2}})
