# the old assert names of 3.11 (assertEquals, failUnless, ...): they work and warn once per
# module under unittest.main(); assertDictContainsSubset
import unittest
import warnings


class T(unittest.TestCase):
    def test_a_old_names(self):
        self.assertEquals(1, 1)
        self.assertEquals(2, 2)
        self.failUnless(True)
        self.assertNotEquals(1, 2)
        self.assertRegexpMatches('abc', 'b')
        self.assertAlmostEquals(1.0, 1.0000000001)

    def test_b_old_name_fails(self):
        self.assertEquals([1, 2], [1, 3])

    def test_c_dict_subset(self):
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            self.assertDictContainsSubset({'a': 1}, {'a': 1, 'b': 2})
            self.assertDictContainsSubset({'a': 1, 'c': 3, 'd': 4}, {'a': 2, 'b': 2})


unittest.main()
