"""Words for matching: stems, compounds and the Danish–English business thesaurus (`thesaurus.tsv`)."""
