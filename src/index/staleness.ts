import { CALIBRATION_VERSION } from '../answer/calibration.js';
import { CHUNKER_VERSION } from '../passages/chunk.js';
import { ANALYZER_VERSION } from '../retrieval/terms.js';
import type { Manifest } from './manifest.js';

/**
 * Why an index no longer matches the corpus, model, chunker, search-term analyzer and calibration it should serve;
 * empty when it is fresh. `models` lists the models an index may have been built with: the one in use, or, when it
 * is not known yet, the configured one and the offline fallback.
 */
export function staleReasons(
  manifest: Pick<Manifest, 'model' | 'chunkerVersion' | 'analyzerVersion' | 'corpusFingerprint' | 'calibration'>,
  current: { models: string[]; corpusFingerprint: string },
): string[] {
  const reasons: string[] = [];
  if (manifest.corpusFingerprint !== current.corpusFingerprint) reasons.push('the corpus changed since the index was built');
  if (!current.models.includes(manifest.model)) {
    reasons.push(`the index was built with ${manifest.model}, not ${current.models.join(' or ')}`);
  }
  if (manifest.chunkerVersion !== CHUNKER_VERSION) reasons.push('the passage chunker changed');
  if (manifest.analyzerVersion !== ANALYZER_VERSION) reasons.push('the way text is split into search terms changed');
  if (manifest.calibration.version !== CALIBRATION_VERSION) reasons.push('the refusal thresholds are measured another way');
  return reasons;
}
