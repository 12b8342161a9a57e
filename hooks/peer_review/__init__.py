"""Peer review as the network practises it: criteria, review records, their checks and rendering.

- `records`: the criteria (`data/peer-review/criteria.yml`) and the reviews
  (`data/peer-review/reviews.yml`), schema-checked, as typed records;
- `checks`: a summary marked `peer-reviewed` needs two completed reviews by
  reviewers from different organisations, not its authors, who declared their
  interests; findings with file:line;
- `render`: the review record on a summary, the criteria on the reviewers' page,
  the research agenda, in the reader's language;
- `issue_form`: the GitHub issue form "Request peer review", written from the criteria.
"""
