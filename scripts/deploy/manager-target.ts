// The deploy's cloud target carried out by Tencent CloudBase's management SDK (@cloudbase/manager-node),
// with the environment id and the API secret pair of the account that owns the environment.
import CloudBase from '@cloudbase/manager-node';
import type { IndexSpec } from '#types/models/indexes';
import type { CloudTarget, DeployedFunctionState } from './cloud-target';
import type { FunctionPlan } from './deploy-plan';

/** The runtime the bundles are built for (scripts/build-cloud.ts targets node16). */
export const RUNTIME = 'Nodejs16.13';

interface FunctionInfo {
  Timeout: number;
  MemorySize: number;
  Environment?: { Variables?: { Key: string; Value: string }[] };
  Triggers?: { TriggerName?: string; Name?: string }[];
}

/** A function's details as the SCF API returns them, reduced to what a deploy compares. */
export function stateOf(info: FunctionInfo): DeployedFunctionState {
  return {
    timeoutS: info.Timeout,
    memoryMb: info.MemorySize,
    env: Object.fromEntries((info.Environment?.Variables ?? []).map((v) => [v.Key, v.Value])),
    triggerNames: (info.Triggers ?? []).map((t) => t.TriggerName ?? t.Name ?? '').filter(Boolean),
  };
}

/** A declared index as the database API creates it. */
export function createIndexOf(spec: IndexSpec): { IndexName: string; MgoKeySchema: { MgoIndexKeys: { Name: string; Direction: string }[]; MgoIsUnique: boolean } } {
  return {
    IndexName: spec.name,
    MgoKeySchema: { MgoIndexKeys: spec.keys.map(([name, dir]) => ({ Name: name, Direction: dir === 1 ? '1' : '-1' })), MgoIsUnique: spec.unique === true },
  };
}

const notFound = (error: unknown): boolean => /ResourceNotFound/i.test(String((error as { code?: string }).code ?? (error as Error).message));

export function managerTarget(options: { envId: string; secretId: string; secretKey: string; buildDir: string }): CloudTarget {
  const app = new CloudBase({ envId: options.envId, secretId: options.secretId, secretKey: options.secretKey });
  const fns = app.functions;
  const db = app.database;
  const config = (plan: FunctionPlan) => ({ name: plan.name, timeout: plan.timeoutS, memorySize: plan.memoryMb, envVariables: plan.env, runtime: RUNTIME, installDependency: true, handler: 'index.main' });
  return {
    async describeFunction(name) {
      try {
        return stateOf((await fns.getFunctionDetail(name)) as unknown as FunctionInfo);
      } catch (error) {
        if (notFound(error)) return null;
        throw error;
      }
    },
    async createFunction(plan) {
      await fns.createFunction({ func: config(plan), functionRootPath: options.buildDir, force: false });
    },
    async updateCode(plan) {
      await fns.updateFunctionCode({ func: { name: plan.name, installDependency: true }, functionRootPath: options.buildDir });
    },
    async updateConfig(plan) {
      await fns.updateFunctionConfig(config(plan));
    },
    async createTriggers(name, triggers) {
      await fns.createFunctionTriggers(name, triggers);
    },
    async collectionExists(name) {
      return (await db.checkCollectionExists(name)).Exists;
    },
    async createCollection(name) {
      await db.createCollection(name);
    },
    async indexNames(collection) {
      return ((await db.describeCollection(collection)).Indexes ?? []).map((i) => i.Name);
    },
    async createIndex(collection, spec) {
      await db.updateCollection(collection, { CreateIndexes: [createIndexOf(spec)] });
    },
    async accessPaths() {
      const { APISet } = await app.access.getAccessList({ limit: 100 });
      return Object.fromEntries(APISet.map((api) => [api.Path, api.Name]));
    },
    async createAccess(path, functionName) {
      await app.access.createAccess({ path, name: functionName, type: 1, auth: false });
    },
    async accessDomain() {
      return (await app.access.getDomainList()).DefaultDomain;
    },
    async uploadSite(localDir, cloudDir) {
      await app.hosting.uploadFiles({ localPath: localDir, cloudPath: cloudDir });
    },
  };
}
