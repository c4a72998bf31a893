# A NameError on an identifier with non-ASCII letters.
café = "espresso"
naïve = True
print(café, naïve)
print(crème)
