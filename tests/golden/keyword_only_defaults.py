def configure(*, scale=2):
    def apply(x, *rest, **options):
        return x * scale
    return apply

print(configure(scale=3)(4))
