# str.format errors: missing index, missing key, bad spec.
for template, args, kwargs in [("{1}", ("a",), {}), ("{name}", (), {}), ("{:d}", ("x",), {}), ("{", (), {})]:
    try:
        print(template.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError) as error:
        print(type(error).__name__, error)
