/** A stretch of the article text: character offsets, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}
