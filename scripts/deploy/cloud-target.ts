// The few things a deploy asks of a cloud environment, so the deploy's decisions (what to create, what to
// change, what to leave) are written once and tested apart from the management SDK that carries them out.
import type { IndexSpec } from '#types/models/indexes';
import type { FunctionPlan, Trigger } from './deploy-plan';

export interface DeployedFunctionState {
  timeoutS: number;
  memoryMb: number;
  env: Record<string, string>;
  triggerNames: string[];
}

export interface CloudTarget {
  /** null when the environment has no function of that name. */
  describeFunction(name: string): Promise<DeployedFunctionState | null>;
  createFunction(plan: FunctionPlan): Promise<void>;
  updateCode(plan: FunctionPlan): Promise<void>;
  updateConfig(plan: FunctionPlan): Promise<void>;
  createTriggers(name: string, triggers: Trigger[]): Promise<void>;
  collectionExists(name: string): Promise<boolean>;
  createCollection(name: string): Promise<void>;
  indexNames(collection: string): Promise<string[]>;
  createIndex(collection: string, spec: IndexSpec): Promise<void>;
  /** The HTTP access paths the environment has, each with the function it reaches. */
  accessPaths(): Promise<Record<string, string>>;
  createAccess(path: string, functionName: string): Promise<void>;
  /** The HTTP access service's default domain (where the access paths answer). */
  accessDomain(): Promise<string>;
  /** Uploads a folder's files to static website hosting under `cloudDir`. */
  uploadSite(localDir: string, cloudDir: string): Promise<void>;
}
