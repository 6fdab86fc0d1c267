# bisect: bisect_left/right, insort, key=, lo/hi, a grade table
import bisect
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 2))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort_right(a, 5)
print(a)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
people = [('ann', 20), ('bo', 31), ('cy', 45)]
print(bisect.bisect_left(people, 31, key=lambda p: p[1]))
bisect.insort(people, ('dee', 33), key=lambda p: p[1])
print(people)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print(e)
