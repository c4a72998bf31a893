def make_toggle():
    on = False
    def toggle(): on = not on; return on
    return toggle

try:
    make_toggle()()
except UnboundLocalError as error:
    print(error)
