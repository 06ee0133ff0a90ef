/** The closed vocabularies of the dataset format, in the order the legend shows them. */

export const STANCES = ['support', 'hostility', 'offer', 'payment'] as const;
export type Stance = (typeof STANCES)[number];

export const ACTOR_KINDS = ['state', 'government-body', 'armed-group', 'person', 'organisation', 'other'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const RELATION_STATUSES = [
  'ongoing',
  'past',
  'historical',
  'proposed',
  'promised',
  'considered',
  'threatened',
  'partly-delivered',
  'not-delivered',
] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];

/** How a status reads on the map: what happened, what might, and what was promised but failed. */
export type StatusModality = 'realised' | 'potential' | 'partial' | 'failed';

export const STATUS_MODALITY: Record<RelationStatus, StatusModality> = {
  ongoing: 'realised',
  past: 'realised',
  historical: 'realised',
  proposed: 'potential',
  promised: 'potential',
  considered: 'potential',
  threatened: 'potential',
  'partly-delivered': 'partial',
  'not-delivered': 'failed',
};

/** `claimedBy` takes this word for the reporter's or outlet's own statements; no actor may use it as id. */
export const OUTLET_CLAIMANT = 'outlet';

export const CURRENT_SCHEMA_VERSION = 1;
