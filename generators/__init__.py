"""Generators of realistic test and demonstration data. Not part of the product package."""
