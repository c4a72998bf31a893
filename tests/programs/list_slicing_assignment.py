# Slice reads, slice assignment and slice deletion on lists.
nums = list(range(10))
print(nums[2:5], nums[::3], nums[::-1], nums[-2:])
nums[2:5] = ["a", "b"]
print(nums)
nums[:0] = [-1]
print(nums)
del nums[::2]
print(nums)
nums[1:3] = []
print(nums)
nums[::2] = [0] * len(nums[::2])
print(nums)
try:
    nums[::2] = [1]
except ValueError as error:
    print(error)
