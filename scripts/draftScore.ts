/**
 * `npm run draft:score -- draft.json reference.json`: how a draft's relations compare with a
 * reference map of the same article (src/model/drafting/scoreDraft.ts): precision and recall of
 * (source, target, stance) triples, strict and with partOf, status and claimant agreement, and
 * precision and recall of the actors (meaningful for a draft whose actors were suggested).
 */
import { readFileSync } from 'node:fs';
import { scoreActors, scoreDraft, type ScoredActor, type ScoredRelation } from '../src/model/drafting/scoreDraft';

const [draftFile, referenceFile] = process.argv.slice(2);
if (!draftFile || !referenceFile) {
  console.error('usage: npm run draft:score -- draft.json reference.json');
  process.exit(2);
}
const load = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { relations: ScoredRelation[]; actors: (ScoredActor & { id: string; partOf?: string })[] };
const draft = load(draftFile);
const reference = load(referenceFile);
const partOf = new Map(reference.actors.flatMap((actor) => (actor.partOf ? [[actor.id, actor.partOf] as [string, string]] : [])));
const strict = scoreDraft(draft.relations, reference.relations);
const lenient = scoreDraft(draft.relations, reference.relations, partOf);
console.log('| triples | precision | recall | correct / suggested / expected | status right | claimant right |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [mode, score] of [['strict', strict], ['with partOf', lenient]] as const) {
  console.log(`| ${mode} | ${score.precision.toFixed(2)} | ${score.recall.toFixed(2)} | ${score.correct} / ${score.suggested} / ${score.expected} | ${score.status.toFixed(2)} | ${score.claimant.toFixed(2)} |`);
}
const actors = scoreActors(draft.actors, reference.actors);
console.log('');
console.log('| actors | precision | recall | named / suggested, found / expected |');
console.log('| --- | ---: | ---: | ---: |');
console.log(`| by name or alias | ${actors.precision.toFixed(2)} | ${actors.recall.toFixed(2)} | ${actors.correct} / ${actors.suggested}, ${actors.found} / ${actors.expected} |`);
