café = "naïve"
print(café) = 3
